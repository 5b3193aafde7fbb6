package directive

import "testing"

func TestParse(t *testing.T) {
	tests := []struct {
		body               string
		word, reason, lead string
		gap                string
		ok                 bool
	}{
		{"mpreslint:ignore the US archive", "ignore", "the US archive", "", "", true},
		{" mpreslint:ignore\tUS ", "ignore", "US", " ", "", true},
		{"mpreslint: ignore US", "ignore", "US", "", " ", true},
		{"mpreslint:ingore US", "ingore", "US", "", "", true},
		{"mpreslint:Ignored", "Ignored", "", "", "", true},
		{"mpreslint:ignore\nthe reason below", "ignore", "the reason below", "", "", true},
		{"mpreslint:ignore", "ignore", "", "", "", true},
		{"mpreslint:version 2", "", "", "", "", false},
		{"see mpreslint:ignore", "", "", "", "", false},
		{"nolint:mpreslint", "", "", "", "", false},
		{"", "", "", "", "", false},
	}
	for _, tt := range tests {
		word, reason, lead, gap, ok := Parse(tt.body)
		if word != tt.word || reason != tt.reason || lead != tt.lead || gap != tt.gap || ok != tt.ok {
			t.Errorf("Parse(%q) = %q, %q, %q, %q, %v; want %q, %q, %q, %q, %v",
				tt.body, word, reason, lead, gap, ok, tt.word, tt.reason, tt.lead, tt.gap, tt.ok)
		}
	}
}

func TestMeantAsIgnore(t *testing.T) {
	for word, want := range map[string]bool{
		"ignore": true, "ingore": true, "ignroe": true, "Ignored": true, "IGNORE": true, "ignor": true,
		"version": false, "fix": false, "": false, "include": false,
	} {
		if got := MeantAsIgnore(word); got != want {
			t.Errorf("MeantAsIgnore(%q) = %v, want %v", word, got, want)
		}
	}
}

// TestSetCovers: a directive covers its lines and the line after its
// last; one on the finding's line is used before one above.
func TestSetCovers(t *testing.T) {
	block := &Directive{First: 3, Last: 4, Reason: "r"}
	var s Set
	s.Add(block)
	for line, want := range map[int]bool{2: false, 3: true, 4: true, 5: true, 6: false} {
		if got := s.Suppress(line); got != want {
			t.Errorf("Suppress(%d) = %v, want %v", line, got, want)
		}
	}

	above := &Directive{First: 1, Last: 1, Reason: "above"}
	same := &Directive{First: 2, Last: 2, Reason: "same line"}
	noReason := &Directive{First: 7, Last: 7}
	var t2 Set
	t2.Add(above)
	t2.Add(same)
	t2.Add(noReason)
	if !t2.Suppress(2) || !same.Used || above.Used {
		t.Errorf("a finding on line 2: used above %v, same line %v; want the same line's", above.Used, same.Used)
	}
	if t2.Suppress(8) || noReason.Used {
		t.Error("a directive without a reason suppressed a finding")
	}
	var none *Set
	if none.Suppress(1) || none.All() != nil {
		t.Error("a nil set suppressed a finding")
	}
}

func TestMessage(t *testing.T) {
	const form = "# mpreslint:ignore <reason>"
	tests := []struct {
		d    Directive
		want string
	}{
		{Directive{}, "mpreslint:ignore directive needs a reason: " + form},
		{Directive{Reason: "r"}, "mpreslint:ignore directive suppresses nothing on this line or the next; remove it"},
		{Directive{Reason: "r", Used: true}, ""},
		{Directive{Reason: "r", Used: true, Misspelled: "mpreslint:ingore"}, "misspelled mpreslint:ignore directive (mpreslint:ingore): write " + form},
		{Directive{Misspelled: "block comment", Used: true}, "misspelled mpreslint:ignore directive (block comment) needs a reason: " + form},
	}
	for _, tt := range tests {
		if got := tt.d.Message(form); got != tt.want {
			t.Errorf("%+v: Message = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"mpreslint:ignore r", " mpreslint: ingore\tr", "mpreslint:", "mpreslint:\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		word, reason, lead, gap, ok := Parse(body)
		if !ok {
			return
		}
		if !MeantAsIgnore(word) || lead+"mpreslint:"+gap+word != body[:len(lead)+len("mpreslint:")+len(gap)+len(word)] {
			t.Fatalf("Parse(%q) = %q, %q, %q, %q: not the body's parts", body, word, reason, lead, gap)
		}
	})
}
