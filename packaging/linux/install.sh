#!/bin/sh
# Install Acupressure Desktop for the current user: no root needed, nothing outside your home.
#
#   ./install.sh                 installs under ~/.local (menu entry, icons, acupressure-desktop command)
#   ./install.sh --prefix DIR    installs under DIR instead
#
# Your history and settings live elsewhere (~/.local/share/acupressure-desktop and
# ~/.config/acupressure-desktop); installing again or uninstalling never touches them.
set -eu

APP_ID=org.acupressuredesktop.acupressure_desktop
here=$(cd "$(dirname "$0")" && pwd)
prefix="$HOME/.local"
if [ "${1:-}" = "--prefix" ] && [ -n "${2:-}" ]; then
    prefix=$2
elif [ $# -gt 0 ]; then
    echo "usage: $0 [--prefix DIR]" >&2
    exit 2
fi
case "$prefix" in /*) ;; *) prefix="$(pwd)/$prefix" ;; esac

app_dir="$prefix/lib/acupressure-desktop"
manifest="$app_dir/installed-files.txt"
if [ -x "$app_dir/uninstall.sh" ]; then
    echo "Replacing the Acupressure Desktop already installed in $app_dir"
    "$app_dir/uninstall.sh" --quiet
fi

created=$(mktemp)
ensure_dir() {  # mkdir -p that remembers each folder it made, so uninstall.sh removes only those
    [ -d "$1" ] && return 0
    ensure_dir "$(dirname "$1")"
    mkdir "$1"
    echo "$1" >> "$created"
}

ensure_dir "$app_dir"
for folder in bin share/applications share/metainfo; do ensure_dir "$prefix/$folder"; done
cp -R "$here/app/." "$app_dir/"
cp "$here/uninstall.sh" "$app_dir/uninstall.sh"
chmod 755 "$app_dir/uninstall.sh"
: > "$manifest"

add() {  # copy $1 to $2 and remember it for uninstall.sh
    ensure_dir "$(dirname "$2")"
    cp "$1" "$2"
    echo "$2" >> "$manifest"
}

ln -sf "$app_dir/acupressure-desktop" "$prefix/bin/acupressure-desktop"
echo "$prefix/bin/acupressure-desktop" >> "$manifest"

# The menu entry starts the app by its full path: ~/.local/bin is not on every PATH.
sed -e "s|^Exec=acupressure-desktop|Exec=\"$app_dir/acupressure-desktop\"|" \
    -e "s|^TryExec=.*|TryExec=$app_dir/acupressure-desktop|" \
    "$here/share/applications/$APP_ID.desktop" > "$prefix/share/applications/$APP_ID.desktop"
echo "$prefix/share/applications/$APP_ID.desktop" >> "$manifest"
add "$here/share/metainfo/$APP_ID.metainfo.xml" "$prefix/share/metainfo/$APP_ID.metainfo.xml"
for icon in $(cd "$here/share/icons" && find . -type f | sed 's|^\./||'); do
    add "$here/share/icons/$icon" "$prefix/share/icons/$icon"
done

mv "$created" "$app_dir/created-folders.txt"

# Let menus and icon themes notice the new entry; each tool is optional.
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$prefix/share/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" 2>/dev/null || true
fi
touch "$prefix/share/icons/hicolor" 2>/dev/null || true

# The bundle carries Qt; the window system libraries come from the system. Say what is missing.
plugin="$app_dir/_internal/PySide6/Qt/plugins/platforms/libqxcb.so"
if command -v ldd >/dev/null 2>&1 && [ -f "$plugin" ]; then
    missing=$(LD_LIBRARY_PATH="$app_dir/_internal:$app_dir/_internal/PySide6/Qt/lib" ldd "$plugin" 2>/dev/null \
        | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')
    if [ -n "$missing" ]; then
        echo "Warning: these system libraries are missing and the app may not start: $missing"
        echo "On Debian or Ubuntu: sudo apt install libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libegl1"
        echo "On Fedora: sudo dnf install xcb-util-cursor libxkbcommon-x11 xcb-util-wm mesa-libEGL"
    fi
fi

echo "Acupressure Desktop is installed in $app_dir."
echo "Start it from your applications menu, or run: $prefix/bin/acupressure-desktop"
echo "To remove it, run: $app_dir/uninstall.sh"
