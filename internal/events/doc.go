// Package events codes events: who did what to whom, when, where and how
// many, in PLOVER with CAMEO codes.
//
// This file set is being built up; today it holds the quantity reader
// that casualty extraction uses.
package events
