//! The keeper's line to its box's init: a SOCK_SEQPACKET pair, so each message arrives whole,
//! carrying descriptors (the run's stdin, output pipes and cgroup files) beside a small body.
//! The box's init never opens a host path itself: everything it hands the program comes in here.

use std::io::{IoSlice, IoSliceMut};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};

use nix::sys::socket::{
    recvmsg, sendmsg, socketpair, AddressFamily, ControlMessage, ControlMessageOwned, MsgFlags,
    SockFlag, SockType,
};

/// Largest message body: a run's argv and environment, as JSON.
pub(crate) const MAX_MESSAGE: usize = 256 * 1024;
/// Most descriptors one message carries (stdin, stdout, stderr, errors, status, 3 cgroups).
const MAX_FDS: usize = 12;

/// Two connected ends, both close-on-exec.
pub(crate) fn pair() -> Result<(OwnedFd, OwnedFd), String> {
    socketpair(AddressFamily::Unix, SockType::SeqPacket, None, SockFlag::SOCK_CLOEXEC)
        .map_err(|e| format!("socketpair: {e}"))
}

pub(crate) fn send(socket: &OwnedFd, body: &[u8], fds: &[RawFd]) -> Result<(), String> {
    if body.len() > MAX_MESSAGE || fds.len() > MAX_FDS {
        return Err("message too large for the box channel".into());
    }
    let iov = [IoSlice::new(body)];
    let rights = [ControlMessage::ScmRights(fds)];
    let cmsgs: &[ControlMessage] = if fds.is_empty() { &[] } else { &rights };
    loop {
        match sendmsg::<()>(socket.as_raw_fd(), &iov, cmsgs, MsgFlags::MSG_NOSIGNAL, None) {
            Ok(_) => return Ok(()),
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => return Err(format!("sending to the box: {e}")),
        }
    }
}

/// A message's bytes and the descriptors that came with it.
pub(crate) type Message = (Vec<u8>, Vec<OwnedFd>);

/// One message and its descriptors; `None` when the other end is gone.
pub(crate) fn receive(socket: &OwnedFd) -> Result<Option<Message>, String> {
    // Sized to what is waiting (MSG_PEEK|MSG_TRUNC returns the whole length), so a small
    // message does not cost zeroing the largest one.
    let waiting = loop {
        // SAFETY: a zero-length peek into a null buffer only returns the message's length.
        let n = unsafe {
            libc::recv(
                socket.as_raw_fd(),
                std::ptr::null_mut(),
                0,
                libc::MSG_PEEK | libc::MSG_TRUNC,
            )
        };
        if n >= 0 {
            break n as usize;
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("reading from the box channel: {e}"));
        }
    };
    let mut body = vec![0u8; waiting.clamp(1, MAX_MESSAGE)];
    let mut space = nix::cmsg_space!([RawFd; MAX_FDS]);
    loop {
        let mut iov = [IoSliceMut::new(&mut body)];
        let msg = match recvmsg::<()>(
            socket.as_raw_fd(),
            &mut iov,
            Some(&mut space),
            MsgFlags::MSG_CMSG_CLOEXEC,
        ) {
            Ok(msg) => msg,
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => return Err(format!("reading from the box channel: {e}")),
        };
        let mut fds = Vec::new();
        for cmsg in msg.cmsgs().map_err(|e| format!("reading descriptors: {e}"))? {
            if let ControlMessageOwned::ScmRights(received) = cmsg {
                // SAFETY: the kernel just installed these descriptors in this process.
                fds.extend(received.into_iter().map(|fd| unsafe { OwnedFd::from_raw_fd(fd) }));
            }
        }
        if msg.flags.intersects(MsgFlags::MSG_TRUNC | MsgFlags::MSG_CTRUNC) {
            return Err("a truncated message on the box channel".into());
        }
        let len = msg.bytes;
        if len == 0 && fds.is_empty() {
            return Ok(None);
        }
        body.truncate(len);
        return Ok(Some((body, fds)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_and_descriptors_arrive_together() {
        let (a, b) = pair().unwrap();
        let (r, w) = crate::sandbox::sys::pipe().unwrap();
        send(&a, b"hello", &[w.as_raw_fd()]).unwrap();
        drop(w);
        let (body, fds) = receive(&b).unwrap().unwrap();
        assert_eq!(body, b"hello");
        assert_eq!(fds.len(), 1);
        crate::sandbox::sys::write_all(fds[0].as_raw_fd(), b"x").unwrap();
        let mut buf = [0u8; 1];
        assert_eq!(crate::sandbox::sys::read(&r, &mut buf).unwrap(), 1);
        drop(a);
        assert!(receive(&b).unwrap().is_none());
    }
}
