package com.privacydesk.app.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of a real server whose connections a test can cut at any moment: what a mail
 * server dropping the connection mid-fetch looks like to the client.
 */
final class TcpCutter implements AutoCloseable {
  private final ServerSocket listener;
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  TcpCutter(int targetPort) throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accept =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  while (!listener.isClosed()) {
                    try {
                      Socket client = listener.accept();
                      Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                      open.add(client);
                      open.add(server);
                      pump(client, server);
                      pump(server, client);
                    } catch (IOException e) {
                      return;
                    }
                  }
                });
    accept.setName("tcp-cutter");
  }

  int port() {
    return listener.getLocalPort();
  }

  /** Breaks every connection open now; new ones are still relayed. */
  void cut() {
    for (Socket s : open) {
      try {
        s.close();
      } catch (IOException e) {
        // closing is all that is wanted
      }
    }
    open.clear();
  }

  private static void pump(Socket from, Socket to) {
    Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                // the other side or the cutter closed it
              } finally {
                try {
                  to.close();
                  from.close();
                } catch (IOException e) {
                  // already closed
                }
              }
            });
  }

  @Override
  public void close() throws IOException {
    cut();
    listener.close();
  }
}
