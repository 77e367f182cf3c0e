#!/usr/bin/env bash
# Runs an image tarball (docker save layout, as the images profile writes to target/jib-image.tar) without a
# container engine, to check it on a machine that has none: unpacks its layers in order into a root file system
# and starts the image's entrypoint there, as the image's user, with the image's environment and working
# directory, a read-only root and a tmpfs /tmp (as the Kubernetes manifests run it). The host's network is shared.
#
#   sudo deploy/images/run-image.sh registry-service/target/jib-image.tar QUARKUS_HTTP_PORT=18081 ...
#
# Extra NAME=value arguments are added to the environment. Stop it with Ctrl-C, or SIGTERM to the java process
# (unshare itself ignores SIGTERM). Needs root (chroot, mount namespaces). Not a sandbox: no seccomp, no cgroup
# limits, no network isolation, and no /etc/hosts or hostname unless the image has them.
set -euo pipefail

image="$(readlink -f "${1:?usage: run-image.sh <image.tar> [NAME=value ...]}")"
shift
work="${RUN_IMAGE_DIR:-$(dirname "$image")/run-image}"
rm -rf "$work"
mkdir -p "$work/image" "$work/rootfs"
tar -xf "$image" -C "$work/image"

manifest="$work/image/manifest.json"
config="$work/image/$(jq -r '.[0].Config' "$manifest")"
# Jib writes no whiteouts, so unpacking the layers in order gives the image's file system
jq -r '.[0].Layers[]' "$manifest" | while read -r layer; do
    tar -xf "$work/image/$layer" -C "$work/rootfs" --numeric-owner --warning=no-unknown-keyword
done

user="$(jq -r '.config.User // "0"' "$config")"
[[ "$user" == *:* ]] || user="$user:$(awk -F: -v u="$user" '$3 == u { print $4 }' "$work/rootfs/etc/passwd")"
workdir="$(jq -r '.config.WorkingDir // "/"' "$config")"
mapfile -t environment < <(jq -r '.config.Env[]?' "$config")
mapfile -t entrypoint < <(jq -r '(.config.Entrypoint // []) + (.config.Cmd // []) | .[]' "$config")
echo "running ${entrypoint[*]} as $user in $workdir" >&2

exec unshare --mount --pid --fork --kill-child sh -c '
    root="$1"; user="$2"; workdir="$3"; shift 3
    mount --bind "$root" "$root"
    mount -o remount,bind,ro "$root"
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
    [ -f "$root/etc/hosts" ] && mount --bind /etc/hosts "$root/etc/hosts"
    exec chroot --userspec="$user" "$root" /usr/bin/env -i "$@"
' sh "$work/rootfs" "$user" "$workdir" \
    /bin/sh -c 'cd "$0" && exec "$@"' "$workdir" \
    /usr/bin/env "${environment[@]}" "$@" "${entrypoint[@]}"
