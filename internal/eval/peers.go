package eval

// peers holds published figures of other systems, by metric key. Each
// Source names the paper or page and the split the figure was measured
// on, which is often not the one sitrep is scored on here.
var peers = map[string][]Peer{}

// addPeers attaches the known peers' figures to res's metrics.
func addPeers(res *Result) {
	for i := range res.Metrics {
		res.Metrics[i].Peers = append(res.Metrics[i].Peers, peers[res.Metrics[i].Key]...)
	}
}
