package missingsdk

// The other clients without their types: the checks that need no types
// still run, those that do stay silent.

import (
	freshpaint "github.com/freshpaint-io/mixpanel"
	"github.com/mixpanel/mixpanel-go/v2/flags"
	sjhitchner "github.com/sjhitchner/go-mixpanel"
	stryd "github.com/stryd/mixpanel-go"
	vizzlo "vizzlo.com/mixpanel"
)

func fork() {
	_ = freshpaint.New("token", "") // want `call to freshpaint.New with an empty apiURL`
}

func twin() {
	_ = sjhitchner.NewMixpanel("token") // want `call to sjhitchner.NewMixpanel sends events to the US region`
}

// Negatives: where the options start, and where the client goes, need
// types.

func options() {
	_ = stryd.NewWithClient(nil, stryd.WithToken("token"))
}

func field() {
	c := vizzlo.New("token")
	c.BaseURL = "https://api-eu.mixpanel.com"
}

func flagsConfig() {
	_ = flags.NewLocalFeatureFlagsProvider("token", "1.0", flags.DefaultLocalFlagsConfig(), nil)
}
