package oddinput

var odd = []string{
	"\xff\xfe https://api.mixpanel.com",                     // a host after other text, with invalid UTF-8
	"https://api.mixpanel.com/\xff",                         // want `host api.mixpanel.com`
	"https://API.Mixpanel.COM:8443/track?x=1#top",           // want `host API.Mixpanel.COM`
	"https://user:p%40ss@data.mixpanel.com./api/2.0/export", // want `host data.mixpanel.com`
	"http://[::1]:8080/track",
}
