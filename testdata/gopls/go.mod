module example.com/goplsfixture

go 1.26.0

require github.com/mixpanel/mixpanel-go v1.2.1

replace github.com/mixpanel/mixpanel-go => ../src/github.com/mixpanel/mixpanel-go
