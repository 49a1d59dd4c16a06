package main

func main() {
	for _, r := range m0_runs {
		jr_run(r)
	}
	jr_flush()
}
