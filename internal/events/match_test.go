package events_test

import (
	"strings"
	"testing"
)

// TestOtherSenses checks trigger words used in a sense that is no event,
// or an event of another type: the verb's object says so ("rejected the
// accusations", "signed two laws", "deployed observers"), the noun is
// ended, lifted or reacted to by the word governing it ("called off the
// strike", "lifted sanctions", "condemned the attack"), the doer is a
// disease or an accident, or the act is only intended or failed.
func TestOtherSenses(t *testing.T) {
	// Object heads that change the verb's sense.
	expectEvents(t, "The Chinese ministry on Monday rejected the accusations of fraud.")
	expectEvents(t, "The Russian president signed two laws on pensions on Monday.")
	expectEvents(t, "The Saudi envoy offered his condolences to the families on Monday.")
	expectEvents(t, "The European Union deployed election observers to Zimbabwe on Monday.")
	expectEvents(t, "Shell went to court to block the takeover bid by Exxon on Monday.")
	expectEvents(t, "The budget was designed to demonstrate the government's commitment to growth.")
	expectEvents(t, "Russia-backed fighters held the town on Monday.")
	// Nouns governed by a word that ends, lifts or reacts to them.
	expectEvents(t, "Dock workers called off their strike in Mombasa on Monday.")
	expectEvents(t, "The Kenyan government condemned the attack on a school in Kandahar on Monday.",
		"ACCUSE/disapprove The Kenyan government>the attack date=2024-11-18")
	expectEvents(t, "Japan lifted sanctions on Iran on Monday.",
		"CONCEDE Japan>sanctions date=2024-11-18")
	expectEvents(t, "The United States suspended military aid to Egypt on Monday.",
		"SANCTION/discontinue The United States>Egypt date=2024-11-18 at=Egypt")
	// No doer.
	expectEvents(t, "The virus has killed six people in Lagos since Monday.")
	expectEvents(t, "Two pedestrians were killed in a road accident in Lagos on Monday.")
	// Intended or failed acts.
	expectEvents(t, "Australia is willing to withdraw its troops from Iraq.",
		"RETREAT/withdraw Australia>Iraq planned")
	expectEvents(t, "Talks between Sudan and Chad failed to reach agreement on Monday.",
		"CONSULT Sudan>Chad date=2024-11-18")
	// Background told in relative clauses, allegations, plans.
	expectTypes(t, "Turkey released the journalist, who was arrested in March.", "RETREAT/release")
	expectTypes(t, "Egypt freed the journalist it arrested last year.", "RETREAT/release")
	expectTypes(t, "A mob which attacked the police was dispersed in Dhaka on Monday.", "ASSAULT")
	expectTypes(t, "Japan lifted its blockade of Qatar on Monday.", "CONCEDE")
	expectTypes(t, "Sudan rejected accusations by Chad that its army attacked civilians.")
	expectTypes(t, "Kabul accused the Taliban-allied Haqqani network of the attack.", "ACCUSE/allege")
	expectTypes(t, "The army said it would retaliate against any attack on its posts.", "ASSAULT hypothetical")
	expectTypes(t, "Police uncovered a plot to blow up the airport in Lagos.", "ASSAULT/explosives planned")
	expectTypes(t, "Three gunmen used a hammer to beat a man to death in Texas on Friday.", "ASSAULT/beat")
	// Offences, broken agreements, views, spans of time.
	expectTypes(t, "Police arrested the journalist for collaborating with rebels in Niger on Monday.", "COERCE/arrest")
	expectTypes(t, "The United States reneged on the nuclear accord with Iran on Tuesday.")
	expectTypes(t, "Japan agreed with China that the talks should resume.")
	expectTypes(t, "The president of Algeria resigned after weeks of protests.", "RETREAT/resign")
	expectTypes(t, "Three days of protests took place in Patna on Friday.", "PROTEST/demo")
	expectTypes(t, "Two soldiers were killed during clashes with rebels in Sialkot on Monday.", "ASSAULT/firearms")
	expectTypes(t, "The farmers ended their four-day protest in Patiala on Monday.", "PROTEST/demo")
	expectTypes(t, "After two decades of fighting, the death toll in the war is staggering.")
	expectTypes(t, "A gas cylinder exploded in a restaurant in Lahore on Monday.")
	expectTypes(t, "The United Nations suspended aid deliveries in Borno after a convoy was attacked.", "SANCTION/discontinue")
	expectTypes(t, "The rebels want compensation for a civilian killed when their plane crashed.")
	// The same words in their event senses.
	expectEvents(t, "Students demonstrated outside the parliament in Dhaka on Monday.",
		"PROTEST/demo Students>the parliament date=2024-11-18 at=Dhaka")
	expectEvents(t, "The Indian army deployed troops to the border town on Monday.",
		"MOBILIZE/troops The Indian army>the border town date=2024-11-18")
	expectEvents(t, "Canada withdrew peacekeepers from Haiti on Monday.",
		"SANCTION/withdraw Canada>Haiti date=2024-11-18")
}

// expectTypes checks the types, modes and statuses (other than reported)
// of the events coded in text, in order: "ASSAULT/beat", "CONSULT planned".
func expectTypes(t *testing.T, text string, want ...string) {
	t.Helper()
	a := analyze(t, text)
	var got []string
	for _, e := range a.Events {
		k := e.Type
		if e.Mode != "" {
			k += "/" + string(e.Mode)
		}
		if e.Status != "reported" {
			k += " " + e.Status
		}
		got = append(got, k)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("event types of %q:\n got %q\nwant %q", text, got, want)
	}
}
