module example.com/gclfixture

go 1.26.0

require github.com/mixpanel/mixpanel-go/v2 v2.0.0

replace github.com/mixpanel/mixpanel-go/v2 => ../src/github.com/mixpanel/mixpanel-go/v2
