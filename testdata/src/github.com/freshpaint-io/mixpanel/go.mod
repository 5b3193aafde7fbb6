module github.com/freshpaint-io/mixpanel

go 1.13
