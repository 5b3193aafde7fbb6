package proxyexport

import (
	"context"
	"time"

	mp1 "github.com/mixpanel/mixpanel-go"
	"github.com/mixpanel/mixpanel-go/v2"
)

// Positives: ingestion goes to the proxy, Export to data.mixpanel.com.

func local(ctx context.Context) {
	client := mixpanel.NewApiClient("token", mixpanel.ProxyApiLocation("https://proxy.example.com")) // want `call to mixpanel.NewApiClient with ProxyApiLocation but without ProxyDataLocation or a region option: the client's Export reads the US region \(data.mixpanel.com\); EU projects must add mixpanel.ProxyDataLocation\(…\) or put mixpanel.EuResidency\(\) before mixpanel.ProxyApiLocation\(…\)`
	_, _ = client.Export(ctx, time.Now(), time.Now(), 0, "", "")
}

type exporter struct {
	mp *mixpanel.ApiClient
}

func newExporter() *exporter {
	c := mixpanel.NewApiClient("token", mixpanel.HttpClient(nil), mixpanel.ProxyApiLocation("https://proxy.example.com")) // want `call to mixpanel.NewApiClient with ProxyApiLocation but without ProxyDataLocation`
	return &exporter{mp: c}
}

func (e *exporter) run(ctx context.Context) {
	_, _ = e.mp.Export(ctx, time.Now(), time.Now(), 0, "", "")
}

var shared *mp1.ApiClient

func init() {
	shared = mp1.NewApiClient("token", mp1.ProxyApiLocation("https://proxy.example.com")) // want `call to mp1.NewApiClient with ProxyApiLocation but without ProxyDataLocation`
}

func exportShared(ctx context.Context) {
	_, _ = shared.Export(ctx, time.Now(), time.Now(), 0, "", "")
}

func direct(ctx context.Context) {
	_, _ = mixpanel.NewApiClient("token", mixpanel.ProxyApiLocation("https://proxy.example.com")).Export(ctx, time.Now(), time.Now(), 0, "", "") // want `call to mixpanel.NewApiClient with ProxyApiLocation`
}

// Negatives.

func noExport() *mixpanel.ApiClient {
	client := mixpanel.NewApiClient("token", mixpanel.ProxyApiLocation("https://proxy.example.com"))
	_ = client.Track(nil)
	return client
}

func bothProxies(ctx context.Context) {
	client := mixpanel.NewApiClient("token", mixpanel.ProxyApiLocation("https://proxy.example.com"), mixpanel.ProxyDataLocation("https://proxy.example.com"))
	_, _ = client.Export(ctx, time.Now(), time.Now(), 0, "", "")
}

func regionFirst(ctx context.Context) {
	client := mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.ProxyApiLocation("https://proxy.example.com"))
	_, _ = client.Export(ctx, time.Now(), time.Now(), 0, "", "")
}

func ownOptions(ctx context.Context, opt mixpanel.Options) {
	client := mixpanel.NewApiClient("token", mixpanel.ProxyApiLocation("https://proxy.example.com"), opt)
	_, _ = client.Export(ctx, time.Now(), time.Now(), 0, "", "")
}

func optionsSlice(ctx context.Context, opts []mixpanel.Options) {
	client := mixpanel.NewApiClient("token", opts...)
	_, _ = client.Export(ctx, time.Now(), time.Now(), 0, "", "")
}

// Another client is exported; the proxied one only tracks.
func twoClients(ctx context.Context) {
	proxied := mixpanel.NewApiClient("token", mixpanel.ProxyApiLocation("https://proxy.example.com"))
	resident := mixpanel.NewApiClient("token", mixpanel.EuResidency())
	_ = proxied.Track(nil)
	_, _ = resident.Export(ctx, time.Now(), time.Now(), 0, "", "")
}
