package org.conserve.app.gui.laws;

/**
 * What the law details are computed from: the system file the discovery ran on and its trained networks.
 *
 * @param fileName the file's name, for messages
 * @param text     the file's text
 * @param networks the trained networks
 */
public record LawSource(String fileName, String text, NetworkValues networks) {
}
