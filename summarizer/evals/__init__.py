"""Regression evals for prompts and models: suites (YAML data), checks, a cached runner, stored runs."""
