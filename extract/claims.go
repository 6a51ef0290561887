package extract

// Claims extracts the claims of a document with the built-in catalogue.
func Claims(doc Document) []Claim {
	return nil
}
