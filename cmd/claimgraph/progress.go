package main

import (
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
)

// progress picks a bar for a terminal and periodic log lines otherwise,
// so piped or CI output stays readable.
func (a *App) progress() interface {
	Start(int)
	Add(int)
	Finish()
} {
	term := a.IsTerminal
	if term == nil {
		term = func() bool {
			f, ok := a.Stderr.(*os.File)
			return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
		}
	}
	if term() {
		return &barProgress{w: a.Stderr}
	}
	return &logProgress{log: a.log, every: 5 * time.Second}
}

type barProgress struct {
	w   io.Writer
	bar *progressbar.ProgressBar
}

func (p *barProgress) Start(total int) {
	p.bar = progressbar.NewOptions(total,
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionSetDescription("loading"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
}

func (p *barProgress) Add(n int) { _ = p.bar.Add(n) }
func (p *barProgress) Finish()   { _ = p.bar.Finish() }

// logProgress logs "n of total articles, rate" at most every so often.
type logProgress struct {
	log   *slog.Logger
	every time.Duration

	mu          sync.Mutex
	total, done int
	start, last time.Time
}

func (p *logProgress) Start(total int) {
	p.total, p.start, p.last = total, time.Now(), time.Now()
}

func (p *logProgress) Add(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done += n
	if time.Since(p.last) >= p.every {
		p.last = time.Now()
		p.report()
	}
}

func (p *logProgress) report() {
	rate := float64(p.done) / time.Since(p.start).Seconds()
	args := []any{"done", p.done, "articles_per_s", int(rate)}
	if p.total > 0 {
		args = append(args, "total", p.total)
		if rate > 0 && p.done < p.total {
			args = append(args, "eta", (time.Duration(float64(p.total-p.done)/rate) * time.Second).Round(time.Second))
		}
	}
	p.log.Info("loading", args...)
}

func (p *logProgress) Finish() {}
