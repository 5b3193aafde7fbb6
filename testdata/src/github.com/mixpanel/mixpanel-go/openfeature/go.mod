module github.com/mixpanel/mixpanel-go/openfeature

go 1.22

require github.com/mixpanel/mixpanel-go/v2 v2.1.0
