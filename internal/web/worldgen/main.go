// Command worldgen regenerates internal/web/static/world.json, the
// country outlines behind the dashboard's map, from the TopoJSON of the
// npm package world-atlas (Natural Earth 1:110m, public domain; package
// ISC licence, Michael Bostock):
//
//	npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
//	go run ./internal/web/worldgen package/countries-110m.json > internal/web/static/world.json
//
// In: a TopoJSON topology with a "countries" object of Polygon and
// MultiPolygon geometries. Out: JSON {"width","height","countries":
// [{"id","name","d"}]}, each d an SVG path in the dashboard's
// equirectangular projection (x = (lon+180)/360·width, y =
// (90-lat)/180·height), rounded to 0.1 px. Rings crossing the
// antimeridian are cut there (their fill is approximate).
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Size of the projected map; app.js draws in the same box.
const (
	width  = 900
	height = 450
)

type topology struct {
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects map[string]struct {
		Geometries []struct {
			Type       string            `json:"type"`
			ID         string            `json:"id"`
			Arcs       json.RawMessage   `json:"arcs"`
			Properties map[string]string `json:"properties"`
		} `json:"geometries"`
	} `json:"objects"`
}

// Country is one country's outline.
type Country struct {
	ID   string `json:"id"`   // ISO 3166-1 numeric, as world-atlas gives it
	Name string `json:"name"` // Natural Earth's short name
	D    string `json:"d"`    // SVG path
}

// Map is the file worldgen writes.
type Map struct {
	Width     int       `json:"width"`
	Height    int       `json:"height"`
	Countries []Country `json:"countries"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: worldgen countries-110m.json > internal/web/static/world.json")
		os.Exit(2)
	}
	b, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintf(os.Stderr, "worldgen: %v\n", err)
		os.Exit(1)
	}
	m, err := convert(b)
	if err != nil {
		fmt.Fprintf(os.Stderr, "worldgen: %v\n", err)
		os.Exit(1)
	}
	if err := write(os.Stdout, m); err != nil {
		fmt.Fprintf(os.Stderr, "worldgen: %v\n", err)
		os.Exit(1)
	}
}

// convert projects the countries of a TopoJSON topology.
func convert(b []byte) (*Map, error) {
	var t topology
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, fmt.Errorf("read topology: %w", err)
	}
	obj, ok := t.Objects["countries"]
	if !ok {
		return nil, fmt.Errorf("read topology: no countries object")
	}
	// Decode the arcs: delta-encoded and quantized when a transform is given.
	arcs := make([][][2]float64, len(t.Arcs))
	for i, a := range t.Arcs {
		var x, y float64
		pts := make([][2]float64, len(a))
		for j, p := range a {
			lon, lat := p[0], p[1]
			if t.Transform != nil {
				x, y = x+p[0], y+p[1]
				lon = x*t.Transform.Scale[0] + t.Transform.Translate[0]
				lat = y*t.Transform.Scale[1] + t.Transform.Translate[1]
			}
			pts[j] = [2]float64{(lon + 180) / 360 * width, (90 - lat) / 180 * height}
		}
		arcs[i] = pts
	}
	ring := func(idx []int) ([][2]float64, error) {
		var out [][2]float64
		for k, i := range idx {
			rev := i < 0
			if rev {
				i = ^i
			}
			if i >= len(arcs) {
				return nil, fmt.Errorf("arc %d out of range", i)
			}
			pts := arcs[i]
			for j := range pts {
				p := pts[j]
				if rev {
					p = pts[len(pts)-1-j]
				}
				if k > 0 && j == 0 {
					continue // shared with the previous arc's last point
				}
				out = append(out, p)
			}
		}
		return out, nil
	}
	m := &Map{Width: width, Height: height, Countries: []Country{}}
	for _, g := range obj.Geometries {
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, fmt.Errorf("country %s: %w", g.ID, err)
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, fmt.Errorf("country %s: %w", g.ID, err)
			}
		default:
			continue // null geometries carry no outline
		}
		var d strings.Builder
		for _, poly := range polys {
			for _, r := range poly {
				pts, err := ring(r)
				if err != nil {
					return nil, fmt.Errorf("country %s: %w", g.ID, err)
				}
				for j, p := range pts {
					// A jump of more than half the map is a ring crossing
					// the antimeridian: move instead of drawing across.
					if j == 0 || abs(p[0]-pts[j-1][0]) > width/2 {
						d.WriteByte('M')
					} else {
						d.WriteByte('L')
					}
					d.WriteString(num(p[0]) + "," + num(p[1]))
				}
				d.WriteByte('Z')
			}
		}
		m.Countries = append(m.Countries, Country{ID: g.ID, Name: g.Properties["name"], D: d.String()})
	}
	return m, nil
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

func num(f float64) string { return strconv.FormatFloat(float64(int64(f*10+0.5))/10, 'f', -1, 64) }

func write(w io.Writer, m *Map) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(m)
}
