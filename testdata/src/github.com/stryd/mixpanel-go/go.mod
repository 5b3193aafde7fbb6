module github.com/stryd/mixpanel-go

go 1.13
