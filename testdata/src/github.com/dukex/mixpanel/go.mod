module github.com/dukex/mixpanel

go 1.13
