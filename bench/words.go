package bench

// verbForms are a verb's base, third person singular, past, past participle and
// gerund, followed by what comes after it before the object ("with", "") .
type verbForms struct {
	base, s, past, pp, ing, prep string
}

func (v verbForms) form(f string) string {
	var w string
	switch f {
	case "pass":
		return v.pp
	case "s":
		w = v.s
	case "past":
		w = v.past
	case "pp":
		w = v.pp
	case "ing":
		w = v.ing
	default:
		w = v.base
	}
	if v.prep != "" {
		w += " " + v.prep
	}
	return w
}

var verbs = []verbForms{
	{"attack", "attacks", "attacked", "attacked", "attacking", ""},
	{"accuse", "accuses", "accused", "accused", "accusing", ""},
	{"meet", "meets", "met", "met", "meeting", "with"},
	{"criticise", "criticises", "criticised", "criticised", "criticising", ""},
	{"praise", "praises", "praised", "praised", "praising", ""},
	{"threaten", "threatens", "threatened", "threatened", "threatening", ""},
	{"shell", "shells", "shelled", "shelled", "shelling", ""},
	{"condemn", "condemns", "condemned", "condemned", "condemning", ""},
	{"support", "supports", "supported", "supported", "supporting", ""},
	{"urge", "urges", "urged", "urged", "urging", ""},
	{"negotiate", "negotiates", "negotiated", "negotiated", "negotiating", "with"},
	{"clash", "clashes", "clashed", "clashed", "clashing", "with"},
	{"reject", "rejects", "rejected", "rejected", "rejecting", "talks with"},
	{"release", "releases", "released", "released", "releasing", "prisoners held by"},
	{"visit", "visits", "visited", "visited", "visiting", ""},
	{"fight", "fights", "fought", "fought", "fighting", ""},
	{"blame", "blames", "blamed", "blamed", "blaming", ""},
	{"warn", "warns", "warned", "warned", "warning", ""},
	{"thank", "thanks", "thanked", "thanked", "thanking", ""},
	{"host", "hosts", "hosted", "hosted", "hosting", "envoys from"},
}

var actors = []string{
	"Russia", "Ukraine", "Russian forces", "Ukrainian troops", "the Kremlin", "Kyiv",
	"Israel", "Hamas", "Israeli troops", "the Palestinian Authority", "Egypt", "Qatar",
	"the United States", "Washington", "the US State Department", "China", "Beijing",
	"the United Nations", "the UN Security Council", "NATO", "the European Union",
	"the African Union", "Sudan", "the Rapid Support Forces", "the Sudanese army",
	"Ethiopia", "the Tigray People's Liberation Front", "Eritrea", "Somalia", "al-Shabaab",
	"the Houthis", "Saudi Arabia", "Yemen", "Iran", "Turkey", "Syria", "the Kurdish-led SDF",
	"Colombia", "the ELN", "Myanmar's military", "the Arakan Army", "Armenia", "Azerbaijan",
	"India", "Pakistan", "the Taliban", "Afghan security forces", "the M23 rebels", "Rwanda",
	"the Democratic Republic of Congo", "Mali", "the Malian army", "Nigeria", "Boko Haram",
}

var places = []string{
	"Kharkiv", "Gaza City", "Rafah", "Khartoum", "El Fasher", "Mekelle", "Mogadishu",
	"Sanaa", "Aden", "Idlib", "Aleppo", "Goma", "Bamako", "Maiduguri", "Kabul", "Kandahar",
	"Doha", "Cairo", "Geneva", "Istanbul", "Addis Ababa", "Nairobi", "Bogota", "Sittwe",
	"Stepanakert", "the Donbas", "the Red Sea", "North Darfur", "Rakhine State",
}

var units = []string{
	"civilians", "soldiers", "fighters", "prisoners", "hostages", "refugees", "troops",
	"people", "detainees", "aid trucks",
}

var templates = []string{
	"{a} {v:past} {a} near {p} on {w}, officials said, adding that {n} {u} had been moved.",
	"On {d}, {a} {v:past} {a} after {n} days of talks mediated by {a} in {p}.",
	"{a} said it would {v:base} {a} within {n} days unless talks resumed in {p} next month.",
	"{a} has {v:pp} {a} again, a spokesman told reporters in {p} late on {w}.",
	"{a} did not {v:base} {a} despite repeated calls from {a} to end the fighting around {p}.",
	"{a} {v:s} {a} as at least {n} {u} remain trapped in {p}, according to aid workers.",
	"Officials in {p} said {a} was {v:ing} {a} while {n} {u} fled toward the border.",
	"{a} refused to {v:base} {a} until {n} {u} are freed, a senior negotiator said on {w}.",
	"Witnesses said {a} {v:past} {a} in {p} on {d}, killing {n} {u} and wounding dozens.",
	"{a} was {v:pass} by {a} in {p}, the ministry said in a statement issued on {w}.",
}
