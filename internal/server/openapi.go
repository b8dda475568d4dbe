package server

import (
	_ "embed"
	"net/http"
)

// openAPI is the OpenAPI 3 description of the API, kept by hand next to
// the handlers; openapi_test.go checks that it names every route.
//
//go:embed openapi.json
var openAPI []byte

func serveOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openAPI)
}
