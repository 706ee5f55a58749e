package event

// Provenance says where an event taken from an event data set (GDELT, ACLED) came from,
// so that it can be traced back to the record it was read from and that record's own
// sources. Events coded from article text have none: their evidence is the article
// span. Fields a data set does not have stay empty and are left out of the JSON.
type Provenance struct {
	// Dataset names the data set: "gdelt" or "acled".
	Dataset string `json:"dataset"`
	// RecordID is the record's identifier in the data set: GDELT's GLOBALEVENTID,
	// ACLED's event_id_cnty.
	RecordID string `json:"record_id"`
	// URL is the article the record was coded from (GDELT's SOURCEURL).
	URL string `json:"url,omitempty"`
	// Source names the record's sources as the data set gives them (ACLED's source,
	// "Reuters; Kyiv Independent").
	Source string `json:"source,omitempty"`
	// Notes is the data set's description of the event (ACLED's notes).
	Notes string `json:"notes,omitempty"`
	// Added is when the data set added or last changed the record, as RFC 3339 in UTC
	// (GDELT's DATEADDED, ACLED's timestamp), or "".
	Added string `json:"added,omitempty"`
	// Mentions, Sources and Articles are GDELT's NumMentions, NumSources and
	// NumArticles: how much coverage the event had on its first day.
	Mentions int `json:"mentions,omitempty"`
	Sources  int `json:"sources,omitempty"`
	Articles int `json:"articles,omitempty"`
	// Tone is GDELT's AvgTone of the documents that mention the event (−100..+100).
	Tone *float64 `json:"tone,omitempty"`
	// Root is GDELT's IsRootEvent: the event was found in the lead paragraph.
	Root *bool `json:"root_event,omitempty"`
	// Lat and Lon are the coordinates the data set gives the event's location
	// (ACLED's latitude and longitude, GDELT's ActionGeo_Lat and _Long), kept here
	// because Location holds no coordinates.
	Lat *float64 `json:"lat,omitempty"`
	Lon *float64 `json:"lon,omitempty"`
}
