module peermachine

go 1.19
