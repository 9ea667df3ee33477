//! Scenario state in the URL: parsing and formatting a short query string.
