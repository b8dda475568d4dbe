package dict

import "testing"

// FuzzRead feeds any bytes to every dictionary parser: a bad line is an
// error, never a panic.
func FuzzRead(f *testing.F) {
	f.Add("PAK\tPK\tPakistan\t\tIslamabad\tAS\n")
	f.Add("x\tperson\tPAK\tGOV\t2020-01-01\t-\tX|Y\tMinister\tgender=f code=PAKGOV\n-x\n")
	f.Add("collective\tMIL\tsoldiers|troops\n")
	f.Add("AFG\tdemonym\tAfghan\nAFG\t-capital\tKabul\n")
	f.Add("in-x\tIND\tThe X|X.com\nint-y\t-\tY (Z)\nin-x\t-\tX\n")
	f.Fuzz(func(t *testing.T, data string) {
		for _, name := range Files() {
			b := newBuilder()
			if err := b.read("fuzz/"+name, name, data, true); err != nil {
				continue
			}
			_, _ = b.build()
		}
	})
}
