# Full Unicode case mapping: some characters change length.
print("straße".upper(), len("straße".upper()))
print("ﬁne".upper(), "ΣΑΣ".lower(), "Ω".lower(), "ω".upper())
print("ǅ".upper(), "ǅ".lower(), "Δέλτα".upper(), "ПРИВЕТ".lower())
print("ÀÉÎÕÜ".lower(), "àéîõü".upper(), "日本".upper() == "日本")
