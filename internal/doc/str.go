package doc

import "encoding/json"

// Str is an optional string: the empty Str is printed as JSON null, and
// JSON null reads back as the empty Str.
type Str string

// MarshalJSON writes null for the empty string.
func (s Str) MarshalJSON() ([]byte, error) {
	if s == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(s))
}

// UnmarshalJSON reads a string or null.
func (s *Str) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*s = ""
		return nil
	}
	var v string
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = Str(v)
	return nil
}

// String returns s as a plain string.
func (s Str) String() string { return string(s) }
