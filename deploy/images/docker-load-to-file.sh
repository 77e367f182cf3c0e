#!/bin/sh
# Stands in for the Docker CLI that Jib calls, so that the Quarkus Jib extension writes the image to a file.
#
# Quarkus 3.34's Jib extension sends an image either to a registry or to `docker load`; it has no tarball output.
# The images profile (root pom.xml) names this script as Jib's docker executable: Jib asks `info` for the
# platform, then streams the finished image to `load` in the `docker save` layout, which this script writes to
# $CIVICSPACE_IMAGE_TAR (target/jib-image.tar of the module). The result loads with `docker load -i` or
# `podman load -i`, or can be pushed with skopeo or crane.
set -eu

case "${1:-}" in
    info)
        # Jib reads OSType and Architecture (uname names) to pick a platform from a multi-platform base
        printf '{"OSType":"linux","Architecture":"%s"}\n' "$(uname -m)"
        ;;
    load)
        out="${CIVICSPACE_IMAGE_TAR:?set CIVICSPACE_IMAGE_TAR to the image file to write}"
        mkdir -p "$(dirname "$out")"
        cat >"$out.part"
        mv "$out.part" "$out"
        printf 'Loaded image: written to %s\n' "$out"
        ;;
    *)
        echo "docker-load-to-file.sh: only 'info' and 'load' are supported, not '$*'" >&2
        echo "(a docker:// base image needs a real Docker CLI: -Dquarkus.jib.docker-executable-name=docker)" >&2
        exit 1
        ;;
esac
