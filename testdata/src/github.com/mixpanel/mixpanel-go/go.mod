module github.com/mixpanel/mixpanel-go

go 1.21
