package actor

import (
	"fmt"
	"io"
	"strings"
)

func parsePhoenixAgents(r io.Reader, p *problems) []parsed {
	var out []parsed
	sets := map[string][]string{}
	phoenixLines(r, p, func(line int, s string) {
		if name, members, ok := cutSet(s); ok {
			sets[name] = members
			return
		}
		if e, ok := parsePhoenixAgent(s, sets, line, p); ok {
			out = append(out, e)
		}
	})
	return out
}

// cutSet reads a substitution set "!PERSON! = MAN, MEN, WOMAN".
func cutSet(s string) (name string, members []string, ok bool) {
	left, right, found := strings.Cut(s, "=")
	left = strings.TrimSpace(left)
	if !found || len(left) < 3 || left[0] != '!' || left[len(left)-1] != '!' {
		return "", nil, false
	}
	for _, m := range strings.Split(right, ",") {
		if m = strings.TrimSpace(m); m != "" {
			members = append(members, m)
		}
	}
	return left, members, true
}

// parsePhoenixAgent reads "PHRASE {PLURALS} [~ROLE]".
func parsePhoenixAgent(s string, sets map[string][]string, line int, p *problems) (parsed, bool) {
	i := strings.IndexByte(s, '[')
	j := strings.LastIndexByte(s, ']')
	if i < 0 || j < i {
		p.warnf(line, "agent %q: missing [~ROLE] code", s)
		return parsed{}, false
	}
	code := strings.TrimSpace(s[i+1 : j])
	head := strings.TrimSpace(s[:i])
	plurals, explicit := "", false
	if k := strings.IndexByte(head, '{'); k >= 0 {
		end := strings.IndexByte(head[k:], '}')
		if end < 0 {
			p.warnf(line, "agent %q: unclosed {", s)
			return parsed{}, false
		}
		plurals, explicit = head[k+1:k+end], true
		head = strings.TrimSpace(head[:k])
	}
	e := &Entry{Kind: Agent, Source: fmt.Sprintf("%s:%d", p.file, line)}
	role, prefix := strings.CutSuffix(code, "~")
	if !prefix {
		var ok bool
		if role, ok = strings.CutPrefix(code, "~"); !ok {
			p.warnf(line, "agent %q: code %q: want [~ROLE] or [ROOT~]", head, code)
			return parsed{}, false
		}
	}
	if !isPhoenixCode(role) {
		p.warnf(line, "agent %q: code %q: want uppercase letters", head, code)
		return parsed{}, false
	}
	if prefix {
		e.Kind = IGO
	}
	e.Codes = []DatedCode{{Code: role}}
	forms := expandSets(head, sets)
	if len(forms) == 0 {
		p.warnf(line, "agent line without a phrase")
		return parsed{}, false
	}
	pe := parsed{entry: e}
	for _, f := range forms {
		pe.phrases = append(pe.phrases, phoenixWords(f))
	}
	e.Name = strings.Join(pe.phrases[0], " ")
	switch {
	case explicit:
		for _, pl := range strings.FieldsFunc(plurals, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
			pe.phrases = append(pe.phrases, phoenixWords(pl))
		}
	case !strings.Contains(head, "!"):
		if w := phoenixWords(head); len(w) > 0 {
			if pl := plural(w[len(w)-1]); pl != "" {
				pw := append(w[:len(w)-1:len(w)-1], pl)
				pe.phrases = append(pe.phrases, pw)
			}
		}
	}
	if len(pe.phrases[0]) == 0 {
		p.warnf(line, "agent line without a phrase")
		return parsed{}, false
	}
	return pe, true
}

// expandSets replaces each !SET! in s by every member of the set.
func expandSets(s string, sets map[string][]string) []string {
	i := strings.IndexByte(s, '!')
	if i < 0 {
		return []string{s}
	}
	j := strings.IndexByte(s[i+1:], '!')
	if j < 0 {
		return []string{s}
	}
	name := s[i : i+j+2]
	members, ok := sets[name]
	if !ok {
		return []string{s}
	}
	var out []string
	for _, m := range members {
		out = append(out, expandSets(s[:i]+m+s[i+j+2:], sets)...)
	}
	return out
}

// plural forms the regular plural of an upper-case noun, or "" for abbreviations.
func plural(w string) string {
	if w == "" || strings.HasSuffix(w, ".") || !isPhoenixCode(strings.ReplaceAll(w, "-", "")) {
		return ""
	}
	switch {
	case strings.HasSuffix(w, "Y") && len(w) > 1 && !strings.ContainsRune("AEIOU", rune(w[len(w)-2])):
		return w[:len(w)-1] + "IES"
	case strings.HasSuffix(w, "S"), strings.HasSuffix(w, "X"), strings.HasSuffix(w, "Z"),
		strings.HasSuffix(w, "CH"), strings.HasSuffix(w, "SH"):
		return w + "ES"
	}
	return w + "S"
}
