"""Colour-blind safety of the charts' colours: every pair of categorical colours stays apart
under simulated protanopia, deuteranopia and tritanopia, and the recommendations' ordinal scale
stays ordered in lightness.

The simulation is Machado, Oliveira & Fernandes (2009) at full severity, applied in linear
sRGB; distances are CIE76 ΔE in CIELAB (D65). ΔE 15 is a clear difference between two marks
side by side (about 6 just-noticeable differences); Okabe-Ito's closest pair under any of the
three is 16.1, while plotly's default palette falls to 1.6 under protanopia.
"""

from __future__ import annotations

import itertools

import numpy as np
import plotly.colors
import pytest

from dashboard.figures import offices, recommendations, style

MACHADO = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                   [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                     [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                   [0.004733, 0.691367, 0.303900]],
}
VISIONS = ["normal", *MACHADO]
SRGB_TO_XYZ = np.array([[0.4124564, 0.3575761, 0.1804375], [0.2126729, 0.7151522, 0.0721750],
                        [0.0193339, 0.1191920, 0.9503041]])
D65 = np.array([0.95047, 1.0, 1.08883])
MIN_DELTA_E = 15.0


def linear_rgb(hex_colour: str) -> np.ndarray:
    c = np.array([int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)])
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def lab(hex_colour: str, vision: str = "normal") -> np.ndarray:
    """CIELAB of the colour as seen with `vision` (normal, or a simulated dichromacy)."""
    rgb = linear_rgb(hex_colour)
    if vision != "normal":
        rgb = np.clip(np.array(MACHADO[vision]) @ rgb, 0, 1)
    xyz = SRGB_TO_XYZ @ rgb / D65
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def closest_pair(colours, vision: str) -> tuple[float, str, str]:
    return min((float(np.linalg.norm(lab(a, vision) - lab(b, vision))), a, b)
               for a, b in itertools.combinations(colours, 2))


PALETTES = {
    "categorical (style.PALETTE)": style.PALETTE,
    "office kinds (offices.COLOURS)": list(offices.COLOURS.values()),
    "recommendation statuses (recommendations.COLOURS)": list(
        recommendations.COLOURS.values()),
}


@pytest.mark.parametrize("vision", VISIONS)
@pytest.mark.parametrize("name", PALETTES)
def test_palette_colours_stay_apart(name, vision):
    distance, a, b = closest_pair(PALETTES[name], vision)
    assert distance >= MIN_DELTA_E, \
        f"{name}: {a} and {b} are only ΔE {distance:.1f} apart with {vision}"


@pytest.mark.parametrize("vision", VISIONS)
def test_status_scale_gets_darker_in_order(vision):
    """no evidence -> in progress -> partly done -> done reads as light to dark, whatever the
    colour vision (and in greyscale)."""
    lightness = [lab(recommendations.COLOURS[s], vision)[0] for s in recommendations.ORDER]
    steps = np.diff(lightness)
    assert (steps <= -12).all(), \
        dict(zip(recommendations.ORDER, np.round(lightness, 1), strict=True))


@pytest.mark.parametrize("vision", ["protanopia", "deuteranopia"])
def test_the_check_rejects_a_palette_that_is_not_safe(vision):
    """The threshold means something: plotly's default colours and a plain red/green pair
    fail it."""
    assert closest_pair(plotly.colors.qualitative.Plotly, vision)[0] < MIN_DELTA_E
    assert closest_pair(["#d62728", "#2ca02c"], "deuteranopia")[0] < MIN_DELTA_E


def test_simulation_matches_known_values():
    """White and black are unchanged (Machado's rows sum to ~1); pure red loses its redness
    (a* from 80 to about 0) and looks yellow-brown with protanopia and deuteranopia, darker
    with protanopia."""
    for vision in MACHADO:
        assert np.allclose(lab("#ffffff", vision), [100, 0, 0], atol=0.5)
        assert np.allclose(lab("#000000", vision), [0, 0, 0], atol=0.5)
    assert lab("#ff0000")[1] > 75
    for vision in ("protanopia", "deuteranopia"):
        _, a, b = lab("#ff0000", vision)
        assert abs(a) < 10 and b > 40
    assert lab("#ff0000", "protanopia")[0] < lab("#ff0000")[0]
