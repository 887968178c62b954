#!/bin/sh
# Remove Acupressure Desktop installed by install.sh. Your history and settings stay.
set -eu

app_dir=$(cd "$(dirname "$0")" && pwd)
manifest="$app_dir/installed-files.txt"
quiet=no
[ "${1:-}" = "--quiet" ] && quiet=yes

if [ ! -f "$manifest" ] || [ ! -x "$app_dir/acupressure-desktop" ]; then
    echo "This does not look like an Acupressure Desktop installation: $app_dir" >&2
    exit 1
fi
prefix=$(dirname "$(dirname "$app_dir")")

while IFS= read -r file; do
    case "$file" in
        "$prefix"/*) rm -f "$file" ;;  # only what install.sh put there
    esac
done < "$manifest"
created=""
[ -f "$app_dir/created-folders.txt" ] && created=$(sort -r "$app_dir/created-folders.txt")
rm -rf "$app_dir"
# Folders install.sh made, deepest first, if nothing else has moved in since. A menu cache that
# update-desktop-database wrote for our entry alone goes with its folder.
echo "$created" | while IFS= read -r folder; do
    case "$folder" in
        "$prefix" | "$prefix"/*)
            if [ "$(ls -A "$folder" 2>/dev/null)" = "mimeinfo.cache" ]; then rm -f "$folder/mimeinfo.cache"; fi
            rmdir "$folder" 2>/dev/null || true
            ;;
    esac
done

if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$prefix/share/applications" ]; then
    update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$prefix/share/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" 2>/dev/null || true
fi

if [ "$quiet" = no ]; then
    echo "Acupressure Desktop has been removed."
    echo "Your history and settings are kept in ${XDG_DATA_HOME:-$HOME/.local/share}/acupressure-desktop"
    echo "and ${XDG_CONFIG_HOME:-$HOME/.config}/acupressure-desktop; delete those folders to remove them too."
fi
