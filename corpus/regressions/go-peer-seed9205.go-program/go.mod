module janus.peer/m

go 1.19
