package ingest

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"
)

const page = `<!DOCTYPE html><html lang="en"><head><title>Envoys meet in Doha | Example News</title>
<meta property="og:site_name" content="Example News"></head>
<body><article><h1>Envoys meet in Doha</h1>
<p>DOHA: Envoys from both sides met on Sunday for a third round of talks on a prisoner exchange, officials said.</p>
<p>The talks were expected to last two days, a Qatari foreign ministry spokesman told reporters in the capital.</p>
</article></body></html>`

func TestFetch(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, story)
	})
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/hop/"), "%d", &n)
		if n == 0 {
			http.Redirect(w, r, "/article", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/file-redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		fmt.Fprint(w, "<html><head><title>Talks in Gen\xe8ve</title></head><body><p>GENEVA: Delegates met.</p></body></html>")
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, strings.Repeat("word ", 1000))
	})
	mux.HandleFunc("/trickle", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for i := 0; i < 100; i++ {
			if _, err := w.Write([]byte("a")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	})
	mux.HandleFunc("/silent", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	ok := Options{AllowPrivate: true, Timeout: 400 * time.Millisecond, MaxBytes: 3000}

	t.Run("html", func(t *testing.T) {
		d := oneDoc(t, ok, srv.URL+"/article")
		if d.Title != "Envoys meet in Doha" || d.Source != "Example News" || string(d.URL) != srv.URL+"/article" {
			t.Errorf("fetched page: title %q source %q url %q", d.Title, d.Source, d.URL)
		}
		if d.Dateline == nil || d.Dateline.Text != "DOHA" {
			t.Errorf("dateline = %+v, want DOHA", d.Dateline)
		}
	})
	t.Run("content type decides", func(t *testing.T) {
		d := oneDoc(t, ok, srv.URL+"/plain")
		if d.Title != "Envoys meet in Doha" {
			t.Errorf("title = %q", d.Title)
		}
	})
	t.Run("charset from header", func(t *testing.T) {
		if d := oneDoc(t, ok, srv.URL+"/latin1"); d.Title != "Talks in Genève" || len(d.Notes) != 0 {
			t.Errorf("title %q notes %+v", d.Title, d.Notes)
		}
	})
	t.Run("five redirects", func(t *testing.T) {
		d := oneDoc(t, ok, srv.URL+"/hop/4")
		if string(d.URL) != srv.URL+"/article" {
			t.Errorf("url = %q, want the final URL", d.URL)
		}
	})
	t.Run("six redirects", func(t *testing.T) { oneErr(t, ok, srv.URL+"/hop/5", "more than 5 redirects") })
	t.Run("redirect to file", func(t *testing.T) { oneErr(t, ok, srv.URL+"/file-redirect", "unsupported scheme") })
	t.Run("404", func(t *testing.T) { oneErr(t, ok, srv.URL+"/missing", "404") })
	t.Run("too big", func(t *testing.T) { oneErr(t, ok, srv.URL+"/big", "3000-byte limit") })
	t.Run("trickle", func(t *testing.T) {
		start := time.Now()
		oneErr(t, ok, srv.URL+"/trickle", "no complete answer within 400ms")
		if el := time.Since(start); el > 3*time.Second {
			t.Errorf("trickling server held the reader for %v", el)
		}
	})
	t.Run("silent", func(t *testing.T) {
		start := time.Now()
		oneErr(t, ok, srv.URL+"/silent", "no complete answer within 400ms")
		if el := time.Since(start); el > 3*time.Second {
			t.Errorf("silent server held the reader for %v", el)
		}
	})
	t.Run("loopback refused", func(t *testing.T) {
		oneErr(t, Options{Timeout: time.Second}, srv.URL+"/article", "refusing to connect")
	})
	t.Run("localhost name refused", func(t *testing.T) {
		u := strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)
		oneErr(t, Options{Timeout: time.Second}, u+"/article", "refusing to connect")
	})
}

func TestPublicAddr(t *testing.T) {
	tests := []struct {
		ip   string
		want bool
	}{
		{"127.0.0.1", false}, {"127.5.5.5", false}, {"::1", false},
		{"10.1.2.3", false}, {"172.16.0.1", false}, {"172.31.255.255", false}, {"192.168.1.1", false},
		{"169.254.169.254", false}, {"fe80::1", false}, {"fc00::1", false}, {"fd12::1", false},
		{"0.0.0.0", false}, {"::", false}, {"100.64.0.1", false}, {"224.0.0.1", false},
		{"255.255.255.255", false}, {"::ffff:127.0.0.1", false}, {"::ffff:10.0.0.1", false},
		{"64:ff9b::a00:1", false}, {"2002:a00:1::", false}, {"198.18.0.1", false},
		{"8.8.8.8", true}, {"1.1.1.1", true}, {"172.32.0.1", true}, {"2606:4700::1111", true},
	}
	for _, tt := range tests {
		if got := publicAddr(netip.MustParseAddr(tt.ip)); got != tt.want {
			t.Errorf("publicAddr(%s) = %v, want %v", tt.ip, got, tt.want)
		}
	}
	if err := checkDialAddr("[::1]:80"); err == nil {
		t.Error("checkDialAddr([::1]:80) = nil, want refusal")
	}
	if err := checkDialAddr("93.184.215.14:443"); err != nil {
		t.Errorf("checkDialAddr(public) = %v, want nil", err)
	}
}

func TestBadURL(t *testing.T) {
	oneErr(t, Options{}, "http://", "no host")
	oneErr(t, Options{}, "http://exa mple.com/", "parse URL")
}
