// Package perceptron is the linear classifier behind sitrep's tagger and
// entity recogniser: an averaged multi-class perceptron over hashed
// features, with a compact quantised file format.
//
// In: for each decision, a list of feature keys and, when training, the
// gold class. Out: a score per class. A Model is immutable and safe for
// concurrent use; a Trainer is not.
//
// Features are never stored as strings. A caller hashes each token's
// values once (String, Bytes: 64-bit FNV-1a) and makes a feature key from
// a template id and one or two values (Key1, Key2). Collisions are
// possible but, with a few hundred thousand live features in 2^64 keys,
// negligible. Weights are stored as int16 with one scale per model.
//
// Limits: at most 255 classes; key 0 is reserved (keys are never 0).
package perceptron

// FNV-1a constants.
const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

// String returns the hash of s.
func String(s string) uint64 {
	x := uint64(offset64)
	for i := 0; i < len(s); i++ {
		x ^= uint64(s[i])
		x *= prime64
	}
	return x
}

// Bytes returns the hash of b; it equals String(string(b)).
func Bytes(b []byte) uint64 {
	x := uint64(offset64)
	for _, c := range b {
		x ^= uint64(c)
		x *= prime64
	}
	return x
}

// mix is the splitmix64 finaliser: every input bit affects every output bit.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func nonzero(x uint64) uint64 {
	if x == 0 {
		return 1
	}
	return x
}

// Key1 returns the key of the feature "template id has value a".
func Key1(id uint8, a uint64) uint64 {
	return nonzero(mix(a + (uint64(id)+1)*0x9e3779b97f4a7c15))
}

// Key2 returns the key of the feature "template id has values a and b".
func Key2(id uint8, a, b uint64) uint64 {
	return nonzero(mix(mix(a+(uint64(id)+1)*0x9e3779b97f4a7c15) ^ b*0xd6e8feb86659fd93))
}
