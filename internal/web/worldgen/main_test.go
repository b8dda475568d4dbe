package main

import "testing"

// A topology of one square country made of two arcs, the second used
// reversed, quantized with a transform.
const square = `{"type":"Topology","transform":{"scale":[1,1],"translate":[-180,-90]},
"arcs":[[[0,0],[180,0],[0,90]],[[0,0],[0,90],[180,0]]],
"objects":{"countries":{"type":"GeometryCollection","geometries":[
 {"type":"Polygon","id":"001","properties":{"name":"Square"},"arcs":[[0,-2]]},
 {"type":null,"id":"002","properties":{"name":"Nothing"}}]}}}`

func TestConvert(t *testing.T) {
	m, err := convert([]byte(square))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Countries) != 1 {
		t.Fatalf("convert gave %d countries, want 1", len(m.Countries))
	}
	// (-180,-90) (0,-90) (0,0) then arc 1 reversed: (0,0)→(-180,0)→(-180,-90), its first point skipped.
	want := "M0,450L450,450L450,225L0,225L0,450Z"
	if got := m.Countries[0]; got.D != want || got.ID != "001" || got.Name != "Square" {
		t.Errorf("convert(square) = %+v, want d %q", got, want)
	}
	if _, err := convert([]byte(`{"objects":{}}`)); err == nil {
		t.Error("convert without countries: no error")
	}
}
