#!/usr/bin/env bash
# Builds the base of the services' container images without a registry or a Docker daemon: a minimal Debian
# (debootstrap --variant=minbase) with the headless OpenJDK 17 runtime and an unprivileged user jboss (uid/gid 185,
# as in the UBI OpenJDK images and the Kubernetes manifests), packed as a one-layer image tarball in the
# `docker save` layout that Jib reads as tar://... (and `docker load` / `podman load` accept).
#
#   sudo deploy/images/build-base-image.sh            # writes deploy/images/target/base.tar
#
# Needs root (debootstrap, chroot, mount), debootstrap (apt-get install debootstrap) and a Debian mirror.
# Settings, from the environment:
#   SUITE              Debian release (default bookworm)
#   MIRROR             Debian mirror (default http://deb.debian.org/debian); a snapshot.debian.org URL pins the packages
#   SECURITY_MIRROR    security updates (default http://deb.debian.org/debian-security; empty: none)
#   SOURCE_DATE_EPOCH  the single timestamp of every file and of the image (default 2026-01-01T00:00:00Z)
#   OUT                output directory (default deploy/images/target)
#
# Deterministic as far as the packages allow: every file gets the same mtime, entries are sorted, numeric owners,
# no logs, caches or host files. The same package versions give the same files except the Java trust store
# (/etc/ssl/certs/java/cacerts), whose entries carry the time they were written (see docs/operations.md, "Images").
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
SUITE="${SUITE:-bookworm}"
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
SECURITY_MIRROR="${SECURITY_MIRROR-http://deb.debian.org/debian-security}"
SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1767225600}"
OUT="${OUT:-$here/target}"
ARCH="$(dpkg --print-architecture)"
export SOURCE_DATE_EPOCH LC_ALL=C DEBIAN_FRONTEND=noninteractive

case "$ARCH" in
    amd64) oci_arch=amd64 ;;
    arm64) oci_arch=arm64 ;;
    *) echo "unsupported architecture $ARCH" >&2; exit 1 ;;
esac
[ "$(id -u)" -eq 0 ] || { echo "run as root: debootstrap and chroot need it" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "install debootstrap first: apt-get install debootstrap" >&2; exit 1; }

work="$OUT/work"
rootfs="$work/rootfs"
rm -rf "$work"
mkdir -p "$rootfs"

# Everything that mounts runs in its own mount namespace, so nothing stays mounted if the script stops halfway.
echo "debootstrap $SUITE ($ARCH) from $MIRROR"
unshare --mount --fork debootstrap --variant=minbase --arch="$ARCH" "$SUITE" "$rootfs" "$MIRROR" \
    >"$work/debootstrap.log"

# No documentation, manual pages or translations; licences stay. The JRE's postinst registers manual pages
# with update-alternatives, which fails without the man1 directory, so it exists during the install only.
cat >"$rootfs/etc/dpkg/dpkg.cfg.d/civicspace-slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/lintian/*
EOF
cat >"$rootfs/etc/apt/apt.conf.d/civicspace-slim" <<'EOF'
APT::Install-Recommends "false";
APT::Install-Suggests "false";
EOF
{
    echo "deb $MIRROR $SUITE main"
    echo "deb $MIRROR $SUITE-updates main"
    [ -z "$SECURITY_MIRROR" ] || echo "deb $SECURITY_MIRROR $SUITE-security main"
} >"$rootfs/etc/apt/sources.list"
cp /etc/resolv.conf "$rootfs/etc/resolv.conf"
mkdir -p "$rootfs/usr/share/man/man1"

echo "installing openjdk-17-jre-headless and security updates"
unshare --mount --fork sh -c '
    mount -t proc proc "$1/proc"
    chroot "$1" apt-get update -qq
    chroot "$1" apt-get -y -qq upgrade
    chroot "$1" apt-get -y -qq install openjdk-17-jre-headless
    chroot "$1" groupadd --system --gid 185 jboss
    chroot "$1" useradd --system --uid 185 --gid 185 --home-dir /home/jboss --create-home --shell /usr/sbin/nologin \
        --no-log-init --comment "Civic Space service" jboss
    chroot "$1" apt-get clean
' sh "$rootfs" >"$work/install.log"

chroot "$rootfs" dpkg-query -W -f '${Package}\t${Version}\n' | sort >"$OUT/base-packages.txt"
java_home="$(dirname "$(dirname "$(chroot "$rootfs" readlink -f /usr/bin/java)")")"

# Remove what a running container never needs, and everything that differs from build to build.
rm -rf "$rootfs"/usr/share/man "$rootfs"/usr/share/info "$rootfs"/usr/share/lintian "$rootfs"/usr/share/locale/*
find "$rootfs/usr/share/doc" -mindepth 1 ! -type d ! -name copyright -delete
find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/var/cache/debconf/*-old \
    "$rootfs"/var/lib/dpkg/*-old "$rootfs"/var/cache/ldconfig/aux-cache "$rootfs"/etc/*- \
    "$rootfs"/tmp/* "$rootfs"/var/tmp/* "$rootfs"/root/.bash_history "$rootfs"/debootstrap
find "$rootfs/var/log" -type f -delete
: >"$rootfs/etc/resolv.conf"
: >"$rootfs/etc/hostname"
rm -f "$rootfs/etc/machine-id"
# last password change (days since 1970) of every account: the fixed date instead of the build day
shadow="$rootfs/etc/shadow"
awk -F: -v OFS=: -v d="$((SOURCE_DATE_EPOCH / 86400))" '$3 != "" { $3 = d } { print }' "$shadow" >"$shadow.new"
chmod --reference="$shadow" "$shadow.new"
chown --reference="$shadow" "$shadow.new"
mv "$shadow.new" "$shadow"
find "$rootfs/dev" "$rootfs/proc" "$rootfs/sys" -mindepth 1 -delete 2>/dev/null || true

# The one layer: sorted entries, one mtime, numeric owners as installed (root, and shadow/staff/mail groups).
image="$work/image"
mkdir -p "$image"
tar --create --file="$image/layer.tar" --directory="$rootfs" --sort=name --format=gnu --numeric-owner \
    --mtime="@$SOURCE_DATE_EPOCH" --no-xattrs --no-acls --no-selinux .
diff_id="sha256:$(sha256sum "$image/layer.tar" | cut -d' ' -f1)"
gzip -n -6 "$image/layer.tar"

created="$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)"
jq -n -c --arg arch "$oci_arch" --arg created "$created" --arg diff "$diff_id" --arg javahome "$java_home" \
    --arg suite "$SUITE" '{
    architecture: $arch, os: "linux", created: $created,
    config: {
        User: "185:185",
        Env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8",
              ("JAVA_HOME=" + $javahome)],
        WorkingDir: "/home/jboss",
        Cmd: ["java", "-version"],
        Labels: {"org.civicspace.image.base":
                     ("Debian " + $suite + " minbase, openjdk-17-jre-headless, user jboss (185)")}
    },
    rootfs: {type: "layers", diff_ids: [$diff]},
    history: [{created: $created, created_by: "deploy/images/build-base-image.sh"}]
}' >"$image/config.json"
config_name="$(sha256sum "$image/config.json" | cut -d' ' -f1).json"
mv "$image/config.json" "$image/$config_name"
jq -n -c --arg config "$config_name" --arg tag "civicspace/jre17-base:$SUITE" \
    '[{Config: $config, RepoTags: [$tag], Layers: ["layer.tar.gz"]}]' >"$image/manifest.json"

tar --create --file="$OUT/base.tar" --directory="$image" --sort=name --format=gnu --numeric-owner \
    --owner=0 --group=0 --mtime="@$SOURCE_DATE_EPOCH" manifest.json "$config_name" layer.tar.gz
(cd "$OUT" && sha256sum base.tar >base.tar.sha256)
rm -rf "$work"

echo "base image: $OUT/base.tar ($(du -h "$OUT/base.tar" | cut -f1), layer $diff_id)"
echo "packages:   $OUT/base-packages.txt ($(wc -l <"$OUT/base-packages.txt") packages)"
