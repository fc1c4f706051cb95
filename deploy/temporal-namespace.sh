#!/bin/sh
# Creates the namespace with a 30-day retention and registers the project's search attributes
# (the same list as workflows/search-attributes.ts; a test keeps them equal).
set -eu
until temporal operator cluster health --address "$TEMPORAL_ADDRESS"; do sleep 3; done
temporal operator namespace describe -n "$NAMESPACE" --address "$TEMPORAL_ADDRESS" \
  || temporal operator namespace create -n "$NAMESPACE" --retention "$RETENTION" --address "$TEMPORAL_ADDRESS"
temporal operator namespace update -n "$NAMESPACE" --retention "$RETENTION" --address "$TEMPORAL_ADDRESS"
for attribute in OcctoStatus OcctoReceiptNumber OcctoBusinessCode OcctoCompanyName OcctoKind; do
  temporal operator search-attribute create -n "$NAMESPACE" --name "$attribute" --type Keyword --address "$TEMPORAL_ADDRESS" || true
done
