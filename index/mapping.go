package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Document types, stored in the field named by fieldType.
const (
	typeClaim   = "claim"
	typeArticle = "article"
)

// Field names. Keyword fields keep display case for facets; the *_key twins
// hold the lower-cased value so filters match whatever case users type.
const (
	fieldType        = "type"
	fieldDoc         = "doc" // stored JSON of the ClaimDoc/ArticleDoc, not indexed
	fieldArticleID   = "article_id"
	fieldPos         = "pos"
	fieldKind        = "kind"
	fieldActor       = "actor"
	fieldActorKey    = "actor_key"
	fieldFirm        = "firm"
	fieldFirmKey     = "firm_key"
	fieldCountry     = "country"
	fieldCountryKey  = "country_key"
	fieldOutlet      = "outlet"
	fieldOutletKey   = "outlet_key"
	fieldCertainty   = "certainty"
	fieldLanguage    = "language"
	fieldSource      = "source"
	fieldAction      = "action"
	fieldStance      = "stance"
	fieldTopics      = "topics"
	fieldTopicsText  = "topics_text"
	fieldTags        = "tags"
	fieldSentence    = "sentence"
	fieldTitle       = "title"
	fieldText        = "text"
	fieldActorName   = "actor_name"
	fieldTargetNames = "target_names"
	fieldPublished   = "published"
)

// keywordField is one unanalysed term per value. Term vectors are kept
// because bleve runs a quoted query-string value (firm:"Alibaba Group") as
// a phrase, which needs positions even for one term.
func keywordField(docValues bool) *mapping.FieldMapping {
	f := bleve.NewKeywordFieldMapping()
	f.Analyzer = keyword.Name
	f.Store = false
	f.IncludeInAll = false
	f.IncludeTermVectors = true
	f.DocValues = docValues
	return f
}

// textField is analysed for English and part of the default (_all) field, so
// a bare query word finds it. Term vectors give hit locations for highlights.
func textField() *mapping.FieldMapping {
	f := bleve.NewTextFieldMapping()
	f.Analyzer = en.AnalyzerName
	f.Store = false
	f.IncludeInAll = true
	f.IncludeTermVectors = true
	f.DocValues = false
	return f
}

func storedOnly() *mapping.FieldMapping {
	f := bleve.NewTextFieldMapping()
	f.Index = false
	f.Store = true
	f.IncludeInAll = false
	f.IncludeTermVectors = false
	f.DocValues = false
	return f
}

func dateField() *mapping.FieldMapping {
	f := bleve.NewDateTimeFieldMapping()
	f.Store = false
	f.IncludeInAll = false
	f.DocValues = true
	return f
}

func numericField() *mapping.FieldMapping {
	f := bleve.NewNumericFieldMapping()
	f.Store = false
	f.IncludeInAll = false
	f.DocValues = true
	return f
}

func add(dm *mapping.DocumentMapping, name string, f *mapping.FieldMapping) {
	dm.AddFieldMappingsAt(name, f)
}

// newMapping builds the index mapping: explicit fields only, so nothing a
// document happens to carry is indexed by accident.
func newMapping() mapping.IndexMapping {
	im := bleve.NewIndexMapping()
	im.TypeField = fieldType
	im.DefaultAnalyzer = en.AnalyzerName
	im.DefaultMapping = bleve.NewDocumentDisabledMapping()
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false

	common := func(dm *mapping.DocumentMapping) {
		dm.Dynamic = false
		add(dm, fieldType, keywordField(false))
		add(dm, fieldDoc, storedOnly())
		add(dm, fieldCountry, keywordField(true))
		add(dm, fieldCountryKey, keywordField(false))
		add(dm, fieldOutlet, keywordField(true))
		add(dm, fieldOutletKey, keywordField(false))
		add(dm, fieldLanguage, keywordField(true))
		add(dm, fieldSource, keywordField(true))
		add(dm, fieldTitle, textField())
		add(dm, fieldPublished, dateField())
	}

	claim := bleve.NewDocumentStaticMapping()
	common(claim)
	add(claim, fieldArticleID, keywordField(false))
	add(claim, fieldPos, numericField())
	add(claim, fieldKind, keywordField(true))
	add(claim, fieldActor, keywordField(true))
	add(claim, fieldActorKey, keywordField(false))
	add(claim, fieldFirm, keywordField(true))
	add(claim, fieldFirmKey, keywordField(false))
	add(claim, fieldCertainty, keywordField(true))
	add(claim, fieldAction, keywordField(true))
	add(claim, fieldStance, keywordField(true))
	add(claim, fieldTopics, keywordField(true))
	add(claim, fieldSentence, textField())
	add(claim, fieldActorName, textField())
	add(claim, fieldTargetNames, textField())
	// Topics as text too, so a researcher's bare "interoperability" finds the
	// claims of a story whose sentences never use the word.
	add(claim, fieldTopicsText, textField())
	im.AddDocumentMapping(typeClaim, claim)

	article := bleve.NewDocumentStaticMapping()
	common(article)
	add(article, fieldTags, keywordField(true))
	add(article, fieldText, textField())
	im.AddDocumentMapping(typeArticle, article)
	return im
}
