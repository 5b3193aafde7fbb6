package clients

import (
	"net/http"

	freshpaint "github.com/freshpaint-io/mixpanel"
	sjhitchner "github.com/sjhitchner/go-mixpanel"
	stryd "github.com/stryd/mixpanel-go"
	timehop "github.com/timehop/go-mixpanel"
	"vizzlo.com/mixpanel"
)

// Positives.

// freshpaint-io/mixpanel is a fork of dukex/mixpanel.
func fork() freshpaint.Mixpanel {
	return freshpaint.New("token", "") // want `call to freshpaint.New with an empty apiURL sends events to the US region \(api.mixpanel.com\); EU projects must pass https://api-eu.mixpanel.com`
}

func forkFromClient(c *http.Client) freshpaint.Mixpanel {
	return freshpaint.NewFromClientWithSecret(c, "token", "secret", ``) // want `call to freshpaint.NewFromClientWithSecret with an empty apiURL`
}

// stryd/mixpanel-go: the host is an option.
func options() stryd.API {
	return stryd.New(stryd.WithToken("token")) // want `call to stryd.New without WithApiUrl sends events to the US region \(api.mixpanel.com\); EU projects must add stryd.WithApiUrl\("https://api-eu.mixpanel.com"\)`
}

func noOptions() stryd.API {
	return stryd.New() // want `call to stryd.New without WithApiUrl`
}

func withClient() stryd.API {
	return stryd.NewWithClient(http.DefaultClient, // want `call to stryd.NewWithClient without WithApiUrl`
		stryd.WithToken("token"),
		stryd.WithProjectID("1"),
	)
}

// sjhitchner/go-mixpanel: a twin constructor takes the URL.
func twin() *sjhitchner.MixpanelClient {
	return sjhitchner.NewMixpanel("token") // want `call to sjhitchner.NewMixpanel sends events to the US region \(api.mixpanel.com\); EU projects must call sjhitchner.NewMixpanelWithUrl with https://api-eu.mixpanel.com`
}

// timehop/go-mixpanel and vizzlo.com/mixpanel: the host is a field.
func field() *timehop.Mixpanel {
	return timehop.NewMixpanel("token") // want `client from timehop.NewMixpanel keeps its BaseUrl on the US region \(api.mixpanel.com\); EU projects must set BaseUrl to "https://api-eu.mixpanel.com"`
}

func fieldSetLate() *mixpanel.Client {
	c := mixpanel.New("token") // want `client from mixpanel.New keeps its BaseURL on the US region`
	_ = c.Track("id", "signup", nil)
	c.BaseURL = "https://api-eu.mixpanel.com"
	return c
}

var client *mixpanel.Client

func initClient() {
	client = mixpanel.New("token") // want `client from mixpanel.New keeps its BaseURL`
}

func inLiteral() *tracker {
	return &tracker{mp: mixpanel.New("token")} // want `client from mixpanel.New keeps its BaseURL`
}

func fieldNeverSet() error {
	c := timehop.NewMixpanel("token") // want `client from timehop.NewMixpanel keeps its BaseUrl`
	return c.Track("id", "signup", nil)
}

// Negatives.

func forkResident() freshpaint.Mixpanel {
	return freshpaint.New("token", "https://api-eu.mixpanel.com")
}

func optionsResident() stryd.API {
	return stryd.New(stryd.WithToken("token"), stryd.WithApiUrl("https://api-eu.mixpanel.com"))
}

func ownOption(opt stryd.Option) stryd.API {
	return stryd.New(stryd.WithToken("token"), opt)
}

func optionsSlice(opts []stryd.Option) stryd.API {
	return stryd.New(opts...)
}

func twinResident() *sjhitchner.MixpanelClient {
	return sjhitchner.NewMixpanelWithUrl("token", "https://api-eu.mixpanel.com")
}

func fieldSet() *mixpanel.Client {
	c := mixpanel.New("token")
	c.Client = http.Client{}
	c.BaseURL = "https://api-eu.mixpanel.com"
	return c
}

func fieldSetFromConfig(url string) *timehop.Mixpanel {
	m := timehop.NewMixpanel("token")
	m.BaseUrl = url
	return m
}

func fieldChosen(eu bool) *timehop.Mixpanel {
	m := timehop.NewMixpanel("token")
	if eu {
		m.BaseUrl = "https://api-eu.mixpanel.com"
	}
	return m
}

type tracker struct{ mp *mixpanel.Client }

func (t *tracker) init() {
	t.mp = mixpanel.New("token")
	t.mp.BaseURL = "https://api-eu.mixpanel.com"
}

func newTracker() *tracker {
	t := &tracker{mp: mixpanel.New("token")}
	t.mp.BaseURL = "https://api-eu.mixpanel.com"
	return t
}

func init() {
	lateShared.BaseURL = "https://api-eu.mixpanel.com"
}

// Set in an init function written before the variable.
var lateShared = mixpanel.New("token")

var shared = mixpanel.New("token")

func init() {
	shared.BaseURL = "https://api-eu.mixpanel.com"
}

// The export client hard-codes its host, and is no ingestion client.
func export() *mixpanel.ExportClient {
	return mixpanel.NewExportClient("secret")
}

func twinChosen(eu bool) *sjhitchner.MixpanelClient {
	if eu {
		return sjhitchner.NewMixpanelWithUrl("token", "https://api-eu.mixpanel.com")
	}
	return sjhitchner.NewMixpanel("token")
}

func optionChosen(eu bool) stryd.API {
	if eu {
		return stryd.New(stryd.WithApiUrl("https://api-eu.mixpanel.com"))
	}
	return stryd.New()
}

func chosenArg(eu bool) freshpaint.Mixpanel {
	if eu {
		return freshpaint.New("token", "https://api-eu.mixpanel.com")
	}
	return freshpaint.New("token", "")
}
