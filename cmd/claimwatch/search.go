package main

import (
	"context"
	"errors"
)

func runSearch(ctx context.Context, e *env, args []string) error {
	return errors.New("not implemented yet")
}
