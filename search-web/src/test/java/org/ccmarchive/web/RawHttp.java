package org.ccmarchive.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Requests no well-behaved client sends (a body announced and never sent, a forged Host header),
 * written byte for byte on a socket.
 */
final class RawHttp {

  /** Safety net only: a server that waits for a body it should not read fails the test here. */
  private static final int TIMEOUT_MILLIS = 60_000;

  private RawHttp() {}

  /** Sends {@code request} as is and returns what the server answers until it closes or pauses. */
  static String exchange(int port, byte[] request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        int n;
        while ((n = in.read(buffer)) > 0) {
          out.write(buffer, 0, n);
          if (complete(out.toString(StandardCharsets.UTF_8))) {
            break;
          }
        }
      } catch (SocketTimeoutException e) {
        if (out.size() == 0) {
          throw e;
        }
      }
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  /** A whole answer: headers, and as many body bytes as Content-Length says. */
  private static boolean complete(String answer) {
    int end = answer.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?i)\r\ncontent-length: *(\\d+)")
            .matcher(answer.substring(0, end));
    if (!m.find()) {
      return answer.endsWith("0\r\n\r\n") && answer.length() > end + 4;
    }
    return answer.substring(end + 4).getBytes(StandardCharsets.UTF_8).length
        >= Integer.parseInt(m.group(1));
  }
}
