module github.com/mixpanel/mixpanel-go/v2

go 1.21
