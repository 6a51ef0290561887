package extract

// industryHeads are trade nouns from industries the firm lexicons rarely
// met (food processing, schools, mining services, small finance ...). Like
// firmyOnlyHeads they only show that a description of a firm is ending
// ("Cape Town spice blender X", "Pune coaching institute X"), so the name
// before the description places or owns that firm; they are too often
// plain nouns ("the hospital", "a school") to refer back on their own.
var industryHeads = toSet(`blender grinder packer meatpacker abattoir slaughterhouse creamery dairy cannery fishery
 sawmill ginnery tannery mill feedmill brewery distillery confectioner chocolatier snackmaker eatery franchisee
 vineyard plantation medtech healthtech agritech agtech cleantech regtech adtech foodtech legaltech clinic hospital
 school college academy institute polytechnic shipyard haulier trucker stevedore driller prospector quarry
 reinsurer underwriter microlender moneylender pawnbroker changer sacco consultancy outsourcer recruiter streamer
 subcontractor`)

// descriptionHead: w can end a lower-case description of the firm named
// right after it.
func descriptionHead(w string) bool {
	return firmHeads[w] || firmyOnlyHeads[w] || industryHeads[w]
}
