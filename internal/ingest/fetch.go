package ingest

// URL inputs are fetched by a client built to be pointed at untrusted
// addresses: every fetch has an overall deadline (so a server that
// trickles one byte a second cannot hold a reader forever), connection
// and header timeouts, a body size cap and at most five redirects, and it
// refuses any address that is not public. The address check runs in
// net.Dialer.Control, on the IP actually being dialled after DNS
// resolution, so a name that resolves to 127.0.0.1 (DNS rebinding) or a
// redirect to a private host is refused as well. Proxies from the
// environment are not used: they would hide the real destination.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// maxRedirects is the number of redirects a fetch follows.
const maxRedirects = 5

// errForbiddenAddr says a URL led to a non-public address.
var errForbiddenAddr = errors.New("refusing to connect to a loopback, private or link-local address (use --allow-private to allow it)")

// fetcher fetches URL inputs safely.
type fetcher struct {
	client   *http.Client
	maxBytes int64
	timeout  time.Duration
}

func newFetcher(opts Options) *fetcher {
	connect := min(opts.Timeout, 10*time.Second)
	dialer := &net.Dialer{Timeout: connect, KeepAlive: -1}
	if !opts.AllowPrivate {
		dialer.Control = func(network, address string, _ syscall.RawConn) error {
			return checkDialAddr(address)
		}
	}
	tr := &http.Transport{
		Proxy:                  nil,
		DialContext:            dialer.DialContext,
		TLSHandshakeTimeout:    connect,
		ResponseHeaderTimeout:  opts.Timeout,
		MaxResponseHeaderBytes: 64 << 10,
		DisableKeepAlives:      true,
		ForceAttemptHTTP2:      true,
	}
	client := &http.Client{
		Transport: tr,
		Timeout:   opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return fmt.Errorf("more than %d redirects", maxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to unsupported scheme %q", req.URL.Scheme)
			}
			return nil
		},
	}
	return &fetcher{client: client, maxBytes: opts.MaxBytes, timeout: opts.Timeout}
}

// checkDialAddr refuses an "ip:port" that is not a public unicast address.
func checkDialAddr(address string) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("check address %q: %w", address, err)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("check address %q: %w", address, err)
	}
	if !publicAddr(ip) {
		return fmt.Errorf("%s: %w", ip, errForbiddenAddr)
	}
	return nil
}

// nonPublic are special-purpose ranges that the netip predicates do not
// cover (RFC 6890 and successors).
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"), // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"), // NAT64 can reach any IPv4
	netip.MustParsePrefix("64:ff9b:1::/48"),
	netip.MustParsePrefix("2001:db8::/32"),
	netip.MustParsePrefix("2002::/16"), // 6to4 embeds IPv4
	netip.MustParsePrefix("fec0::/10"), // deprecated site-local
}

// publicAddr reports whether ip is a public unicast address.
func publicAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() ||
		ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() ||
		ip.IsMulticast() {
		return false
	}
	if ip.Is4() && ip == netip.AddrFrom4([4]byte{255, 255, 255, 255}) {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// isURL reports whether in names an http(s) URL.
func isURL(in string) bool {
	l := strings.ToLower(in)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// fetched is a fetched body with what the server said about it.
type fetched struct {
	body        []byte
	contentType string // the Content-Type header, parameters included
	finalURL    string // after redirects
}

// fetch GETs rawURL and returns its body.
func (f *fetcher) fetch(ctx context.Context, rawURL string) (*fetched, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("parse URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("unsupported URL scheme %q (want http or https)", u.Scheme)
	}
	if u.Host == "" {
		return nil, errors.New("URL has no host")
	}
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("build request: %w", err)
	}
	req.Header.Set("User-Agent", "sitrep (news event extraction)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, explainFetchErr(err, f.timeout)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("HTTP status %s", resp.Status)
	}
	if resp.ContentLength > f.maxBytes {
		return nil, fmt.Errorf("body of %d bytes is larger than the %d-byte limit", resp.ContentLength, f.maxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", explainFetchErr(err, f.timeout))
	}
	if int64(len(body)) > f.maxBytes {
		return nil, fmt.Errorf("body is larger than the %d-byte limit", f.maxBytes)
	}
	return &fetched{body: body, contentType: resp.Header.Get("Content-Type"), finalURL: resp.Request.URL.String()}, nil
}

// explainFetchErr shortens the errors of net/http into what a user needs.
func explainFetchErr(err error, timeout time.Duration) error {
	if errors.Is(err, errForbiddenAddr) {
		return errForbiddenAddr
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	if errors.Is(err, context.DeadlineExceeded) || isTimeout(err) {
		return fmt.Errorf("no complete answer within %s: %w", timeout, context.DeadlineExceeded)
	}
	return err
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
