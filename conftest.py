"""Pytest plugins for the whole suite: the real Neo4j server and headless Chromium."""

pytest_plugins = ["tests.neo4j_fixtures", "tests.browser"]
